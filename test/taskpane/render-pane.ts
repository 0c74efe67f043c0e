/** The pane's hook rendered over a gateway, with each action run to its end inside React's act(). */
import { act, renderHook } from "@testing-library/react";
import type { ExcelGateway } from "../../src/taskpane/gateway";
import { usePane, type PaneActions, type PaneState } from "../../src/taskpane/usePane";
import { createOfficeGateway } from "../../src/adapters/office/office-gateway";
import type { MockWorkbook } from "../support/mock-workbook";

export interface RenderedPane {
  state: () => PaneState;
  /** Run one of the pane's actions as a click would, and wait until it has finished. */
  run: (action: (actions: PaneActions) => unknown) => Promise<void>;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

export async function renderPane(gateway: ExcelGateway): Promise<RenderedPane> {
  const hook = renderHook(() => usePane(gateway));
  // Opening the pane asks for the restore point: let it answer before the first click.
  await act(settle);
  return {
    state: () => hook.result.current[0],
    run: async (action) => {
      await act(async () => {
        await action(hook.result.current[1]);
      });
    },
  };
}

/** The pane over the strict mock workbook through its real Office adapter, with the scorecard found. */
export async function paneOnMock(wb: MockWorkbook): Promise<RenderedPane> {
  const pane = await renderPane(createOfficeGateway(wb.excel().run, wb.supports));
  await pane.run((a) => a.find("used-range"));
  return pane;
}
