import * as React from "react";
import { Caption1, Subtitle2, Switch, makeStyles, tokens } from "@fluentui/react-components";
import type { DataAnalysis } from "../../model/analyze";
import { indicatorsByDomain, type MdiConfig } from "../../model/config";
import { DOMAIN_SETS } from "../../model/domains";
import type { PaneAction } from "../../state/paneReducer";
import { useStrings } from "../../strings";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  note: { color: tokens.colorNeutralForeground3, paddingLeft: tokens.spacingHorizontalXXL },
});

/** Domain selection: a switch per domain of the set, with the number of indicators it has. */
export function DomainToggles({
  config,
  analysis,
  dispatch,
}: {
  config: MdiConfig;
  analysis: DataAnalysis;
  dispatch: React.Dispatch<PaneAction>;
}) {
  const styles = useStyles();
  const strings = useStrings();
  const t = strings.domains;
  const byDomain = indicatorsByDomain(config, analysis);
  const headingId = React.useId();
  return (
    <div role="group" aria-labelledby={headingId} className={styles.group}>
      <Subtitle2 as="h3" id={headingId}>
        {t.selectionHeading}
      </Subtitle2>
      {DOMAIN_SETS[config.domainSet].domains.map((domain) => {
        const label = strings.domainLabels[domain];
        const count = byDomain.get(domain)?.length ?? 0;
        const enabled = !config.disabledDomains.includes(domain);
        return (
          <React.Fragment key={domain}>
            <Switch
              label={t.domainSwitch(label, count)}
              checked={enabled}
              onChange={(_, d) => dispatch({ type: "setDomainEnabled", domain, enabled: d.checked })}
            />
            {enabled && count === 0 && <Caption1 className={styles.note}>{t.noIndicators(label)}</Caption1>}
          </React.Fragment>
        );
      })}
    </div>
  );
}
