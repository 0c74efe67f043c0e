/** The pane inside Fluent's provider, in the Office theme's light or dark colours. */
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { ExcelGateway } from "./gateway";
import type { PaneTheme } from "./office-host";
import { Pane } from "./Pane";

export function App({ gateway, theme }: { gateway: ExcelGateway; theme: PaneTheme }) {
  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme} style={{ minHeight: "100vh" }}>
      <Pane gateway={gateway} />
    </FluentProvider>
  );
}
