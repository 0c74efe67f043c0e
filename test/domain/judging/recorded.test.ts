import {
  parseDirectionSymbol,
  parseStatusSymbol,
  recordedDirection,
  recordedStatus,
  statusOfFill,
} from "../../../src/domain/judging";

describe("recorded statuses as councils write them", () => {
  it.each([
    ["Above target", "on-target"],
    ["Exceeded", "on-target"],
    ["Achieved", "on-target"],
    ["On track", "on-target"],
    ["🟢", "on-target"],
    ["✅", "on-target"],
    ["✔️", "on-target"],
    ["✔️ (recovery plan agreed)", "on-target"],
    ["Close to target", "near-target"],
    ["🟡", "near-target"],
    ["🟠", "near-target"],
    ["Below target", "off-target"],
    ["Not achieved", "off-target"],
    ["Off track", "off-target"],
    ["🔴", "off-target"],
    ["❌", "off-target"],
    ["For info only", "not-applicable"],
    ["Data only", "not-applicable"],
    ["Baseline", "not-applicable"],
    ["⚪", "not-applicable"],
  ])("%s → %s", (text, status) => {
    expect(parseStatusSymbol(text)).toBe(status);
  });

  it("leaves unknown words unread rather than guessing", () => {
    expect(parseStatusSymbol("Recovery plan agreed")).toBeNull();
  });
});

describe("direction words", () => {
  it.each([
    ["Getting better", "improved"],
    ["Improving", "improved"],
    ["Better", "improved"],
    ["⬆️", "improved"],
    ["Getting worse", "worse"],
    ["Worse", "worse"],
    ["⬇️", "worse"],
    ["No change", "stable"],
    ["Same", "stable"],
    ["Maintained", "stable"],
  ])("%s → %s", (text, direction) => {
    expect(parseDirectionSymbol(text)).toBe(direction);
  });

  it("reads a value arrow by its fill: down on green is an improvement, up on red is worse", () => {
    expect(recordedDirection({ value: "↓", fill: "#00B050" }).value).toBe("improved");
    expect(recordedDirection({ value: "⬆️", fill: "#FF0000" }).value).toBe("worse");
    expect(recordedDirection({ value: "Improving", fill: "#FF0000" }).value).toBe("improved");
    expect(recordedDirection({ value: "↑", fill: null }).value).toBe("improved");
  });
});

describe("a status given only as a fill", () => {
  it.each([
    ["#FF0000", "off-target"],
    ["#C00000", "off-target"],
    ["#FFC7CE", "off-target"],
    ["#FFC000", "near-target"],
    ["#FFEB9C", "near-target"],
    ["#FFFF00", "near-target"],
    ["#00B050", "on-target"],
    ["#92D050", "on-target"],
    ["#C6EFCE", "on-target"],
  ])("%s is read by its hue as %s", (hex, status) => {
    expect(statusOfFill(hex)).toBe(status);
  });

  it.each(["#FFFFFF", "#E7E6E6", "#BFBFBF", "#000000", "#4472C4", "#D9E1F2"])("%s is no RAG colour", (hex) => {
    expect(statusOfFill(hex)).toBeNull();
  });

  it("is recorded, and named, only when the cell has no text", () => {
    expect(recordedStatus({ value: null, fill: "#FF0000" })).toEqual({ value: "off-target", text: "(red fill)" });
    expect(recordedStatus({ value: "Green", fill: "#FF0000" })).toEqual({ value: "on-target", text: "Green" });
    expect(recordedStatus({ value: null, fill: "#FFFFFF" })).toEqual({ value: null, text: null });
  });
});
