/** Styles shared by the panels. */
import { makeStyles } from "@fluentui/react-components";

export const useFitStyles = makeStyles({
  // Native selects size to their longest option; in a 320-pixel pane they must fit the width instead.
  fit: { width: "100%", maxWidth: "100%", minWidth: 0 },
});
