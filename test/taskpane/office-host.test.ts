/** Following the Office theme. */
import { themeOf } from "../../src/taskpane/office-host";

describe("the Office theme", () => {
  it("is dark on Office's dark grey and black backgrounds, light otherwise", () => {
    expect(themeOf("#262626")).toBe("dark");
    expect(themeOf("#000000")).toBe("dark");
    expect(themeOf("#FFFFFF")).toBe("light");
    expect(themeOf("#e6e6e6")).toBe("light");
    expect(themeOf(undefined)).toBe("light");
    expect(themeOf("not a colour")).toBe("light");
  });
});
