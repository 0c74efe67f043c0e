/** The flow, one panel after another: Scorecard → Preview → Apply → Reports → Restore. */
import { useEffect, useRef, useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { ExcelGateway } from "./gateway";
import type { Busy } from "./operation";
import type { PaneMessage } from "./message";
import { usePane } from "./usePane";
import { ScorecardPanel } from "./scorecard/ScorecardPanel";
import { PreviewPanel } from "./preview/PreviewPanel";
import { ApplyPanel } from "./apply/ApplyPanel";
import { ReportsPanel } from "./reports/ReportsPanel";
import { RestorePanel } from "./restore/RestorePanel";
import { settingsIgnored } from "./scorecard/messages";
import type { MeasureBinding } from "../domain/ledger";
import { activeOverrides } from "./preview/overrides";
import { untilChoices } from "./preview/override-periods";

type Step = "scorecard" | "preview" | "apply" | "reports" | "restore";

/** Which step's panel shows an operation's message: beside the button that caused it. */
const STEP_OF: Record<Exclude<Busy, null>, Step> = {
  find: "scorecard",
  override: "preview",
  apply: "apply",
  report: "reports",
  restore: "restore",
  convert: "restore",
};

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
  },
  title: { display: "block" },
  top: { display: "flex", justifyContent: "space-between", alignItems: "baseline", gap: tokens.spacingHorizontalS },
  beside: { paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS },
  step: {
    color: tokens.colorNeutralForeground3,
    marginLeft: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightRegular,
  },
});

function Message({ message, onDismiss }: { message: PaneMessage; onDismiss?: () => void }) {
  const bar = useRef<HTMLDivElement | null>(null);
  // In a short pane the step's header may be above the fold: bring its new message into view.
  const said = `${message.title}\n${message.text}`;
  // A block body: newer Chromium returns a promise from scrollIntoView, which React would call as a cleanup.
  useEffect(() => {
    void bar.current?.scrollIntoView?.({ block: "nearest" });
  }, [said]);
  return (
    <MessageBar ref={bar} intent={message.intent} layout="multiline" data-testid={`message-${message.intent}`}>
      <MessageBarBody>
        <MessageBarTitle>{message.title}</MessageBarTitle>
        {message.text}
      </MessageBarBody>
      {onDismiss !== undefined && (
        <MessageBarActions
          containerAction={
            <Button appearance="transparent" size="small" aria-label="Dismiss message" onClick={onDismiss}>
              ✕
            </Button>
          }
        />
      )}
    </MessageBar>
  );
}

export function Pane({ gateway }: { gateway: ExcelGateway }) {
  const styles = useStyles();
  const [state, act] = usePane(gateway);
  const [open, setOpen] = useState<Step[]>(["scorecard"]);
  const headers = useRef<Partial<Record<Step, HTMLElement | null>>>({});
  const { result, read } = state;
  const found = result !== null && result.tables.length > 0;

  const goTo = (step: Step) => {
    setOpen([step]);
    // Keyboard users land on the step they moved to.
    requestAnimationFrame(() => {
      const header = headers.current[step];
      header?.scrollIntoView({ block: "start" });
      header?.focus();
    });
  };

  // After a successful write, Apply folds away (its message stays under its header) and Reports opens.
  const applied = state.applied;
  useEffect(() => {
    if (applied > 0) setOpen(["reports"]);
  }, [applied]);

  const header = (step: Step, n: number, title: string, detail?: string) => (
    <AccordionHeader button={{ ref: (el: HTMLElement | null) => void (headers.current[step] = el) }}>
      <span className={styles.title}>
        {n}. {title}
        {detail === undefined ? null : <span className={styles.step}>{detail}</span>}
      </span>
    </AccordionHeader>
  );

  const offTarget = result?.measures.filter((m) => m.status === "off-target").length ?? 0;

  // Under the step's header, outside its panel, so it is seen even when the step folds away.
  const beside = (step: Step) => (
    <div className={styles.beside} aria-live="polite" data-testid={`messages-${step}`}>
      {step === "scorecard" && state.settingsWarning !== null && (
        <Message message={settingsIgnored(state.settingsWarning)} />
      )}
      {step === "scorecard" && state.notFound !== null && <Message message={state.notFound} />}
      {step === "preview" &&
        (result?.quarter.renamedSheets ?? []).map((r) => (
          <Message
            key={`${r.from}\u0000${r.to}`}
            message={{
              intent: "info",
              title: "Renamed tab, same record",
              text: `What was written on '${r.from}' (its statuses, history and overrides) goes on as '${r.to}'.`,
            }}
          />
        ))}
      {step === "preview" && state.recordWarning !== null && (
        <Message message={{ intent: "warning", title: "Last quarter's record set aside", text: state.recordWarning }} />
      )}
      {state.message !== null && state.messageFrom !== null && STEP_OF[state.messageFrom] === step && (
        <Message message={state.message} onDismiss={act.dismiss} />
      )}
    </div>
  );

  return (
    <main className={styles.pane} aria-busy={state.busy !== null}>
      <div className={styles.top}>
        <Text as="h1" size={500} weight="semibold" style={{ margin: 0 }}>
          KPI Scorecard
        </Text>
        <Link href="help.html" target="_blank" rel="noopener">
          Help
        </Link>
      </div>
      {/* A message no step caused stays at the top. Every message is announced, not only shown. */}
      <div aria-live="polite">
        {state.message !== null && state.messageFrom === null && (
          <Message message={state.message} onDismiss={act.dismiss} />
        )}
      </div>

      <Accordion multiple collapsible openItems={open} onToggle={(_, d) => setOpen(d.openItems as Step[])}>
        <AccordionItem value="scorecard">
          {header(
            "scorecard",
            1,
            "Scorecard",
            found ? `· ${result.measures.length.toLocaleString("en-GB")} measures` : undefined,
          )}
          {beside("scorecard")}
          <AccordionPanel>
            <ScorecardPanel
              result={result}
              sheet={read?.grid.sheet ?? null}
              options={state.options}
              busy={state.busy === "find"}
              onFind={(scope) => void act.find(scope)}
              onOptions={act.setOptions}
              onNext={() => goTo("preview")}
            />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="preview" disabled={!found}>
          {header("preview", 2, "Preview", found ? `· ${offTarget} off target` : undefined)}
          {beside("preview")}
          <AccordionPanel>
            {found && (
              <PreviewPanel
                measures={result.measures}
                record={
                  read?.record === undefined
                    ? null
                    : {
                        bindings: new Map(
                          result.measures
                            .map((m, i) => [`${m.sheet}!${m.row}`, result.quarter.bindings[i]])
                            .filter((e): e is [string, MeasureBinding] => e[1] !== undefined),
                        ),
                        overrides: activeOverrides(
                          read.record.ledger,
                          result.tables.map((t) => t.table),
                        ),
                        until: result.tables[0] === undefined ? [] : untilChoices(result.tables[0].table),
                        busy: state.busy !== null,
                        onSet: (m, input) => void act.setOverride(m, input),
                        onRemove: (key) => void act.removeOverride(key),
                      }
                }
                onNext={() => goTo("apply")}
              />
            )}
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="apply" disabled={!found}>
          {header("apply", 3, "Apply")}
          {beside("apply")}
          <AccordionPanel>
            {found && (
              <ApplyPanel
                result={result}
                options={state.options}
                busy={state.busy !== null}
                applying={state.busy === "apply"}
                progress={state.progress}
                restorePoint={state.restorePoint}
                written={state.applied > 0}
                onOptions={act.setOptions}
                onApply={() => void act.apply()}
              />
            )}
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="reports" disabled={!found}>
          {header("reports", 4, "Reports")}
          {beside("reports")}
          <AccordionPanel>
            {found && (
              <ReportsPanel
                result={result}
                basis={state.options.basis}
                onBasis={(basis) => act.setOptions({ basis })}
                worsening={state.options.worsening}
                onWorsening={(worsening) => act.setOptions({ worsening })}
                busy={state.busy !== null}
                written={state.reports}
                onReport={(k) => void act.report(k)}
                onAll={() => void act.reportAll()}
              />
            )}
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="restore">
          {header(
            "restore",
            5,
            "Restore",
            state.restorePoints.length === 0
              ? undefined
              : state.restorePoints.length === 1
                ? "· available"
                : `· ${state.restorePoints.length} points`,
          )}
          {beside("restore")}
          <AccordionPanel>
            <RestorePanel
              points={state.restorePoints}
              busy={state.busy !== null}
              onRestore={(id) => void act.restore(id)}
              onConvert={() => void act.convert()}
            />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </main>
  );
}
