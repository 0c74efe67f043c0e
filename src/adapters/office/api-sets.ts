/**
 * Which optional ExcelApi sets the host supports. The manifest requires ExcelApi 1.7 (Excel will not load
 * the add-in without it); members of later sets are used only after asking, because office.js defines
 * every method on every host and throws ApiNotFound when the host lacks it, so `typeof` tells nothing.
 * `npm run check:api-sets` checks that each such member sits under a `supports("1.x")` condition.
 */

/** Whether the host supports ExcelApi `version`. */
export type Supports = (version: string) => boolean;

export const officeSupports: Supports = (version) => {
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", version);
  } catch {
    // Outside Office (a browser tab) there is no requirements object: nothing optional is there.
    return false;
  }
};
