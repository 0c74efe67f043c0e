import { readTheme, resolveColour } from "../../../src/adapters/xlsx/colours";

const palette = { theme: readTheme(null), indexed: [] as string[] };

test.each([
  ['<fgColor rgb="FFC6EFCE"/>', "#C6EFCE"],
  ['<fgColor theme="4" tint="0.59999389629810485"/>', "#B4C7E7"],
  ['<fgColor theme="4" tint="0.39997558519241921"/>', "#8FAADC"],
  ['<fgColor theme="4" tint="-0.249977111117893"/>', "#2F5597"],
  ['<fgColor theme="5" tint="0.79998168889431442"/>', "#FBE5D6"],
  ['<fgColor theme="0" tint="-0.1499984740745262"/>', "#D9D9D9"],
  ['<fgColor theme="1"/>', "#000000"],
  ['<fgColor indexed="64"/>', null],
])("%s is %s, as Excel shows it", (tag, hex) => {
  expect(resolveColour(tag, palette)).toBe(hex);
});
