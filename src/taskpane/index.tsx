/** The task pane's entry point: wait for Office, then render the pane over the Office.js gateway. */
import { createRoot } from "react-dom/client";
import { config as zodConfig } from "zod/mini";
import { FluentProvider, MessageBar, MessageBarBody, webLightTheme } from "@fluentui/react-components";
import { startInOffice } from "./office-host";
import { App } from "./App";

// The page's Content-Security-Policy forbids eval: tell zod not to probe for it (it would fall back anyway).
zodConfig({ jitless: true });

const container = document.getElementById("root");
if (container !== null) {
  const root = createRoot(container);
  startInOffice()
    .then((start) => {
      if (start.kind === "ready") root.render(<App gateway={start.gateway} theme={start.theme} />);
      else
        root.render(
          <FluentProvider theme={webLightTheme}>
            <MessageBar intent="warning">
              <MessageBarBody>{start.message}</MessageBarBody>
            </MessageBar>
          </FluentProvider>,
        );
    })
    .catch((err: unknown) => {
      container.textContent = `KPI Scorecard could not start: ${err instanceof Error ? err.message : String(err)}`;
    });
}
