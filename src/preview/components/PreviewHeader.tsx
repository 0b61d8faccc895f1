/**
 * The page's header over the workbook: its title, the workbook actions (open
 * a file, open a sample, export as .xlsx) and the language of page and pane.
 */
import * as React from "react";
import {
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Select,
  Text,
  Toolbar,
  ToolbarButton,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Language } from "../../i18n/language";
import { SAMPLES, type Sample } from "../samples";
import type { PREVIEW_STRINGS as STRINGS } from "../../i18n/preview";

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  title: { fontWeight: tokens.fontWeightSemibold },
  toolbar: { flexWrap: "wrap" },
  language: { marginLeft: "auto" },
  hidden: { display: "none" },
});

export interface PreviewHeaderProps {
  t: (typeof STRINGS)[Language];
  language: Language;
  onLanguage: React.Dispatch<Language>;
  /** Something is being opened or exported: the actions wait. */
  busy: boolean;
  canExport: boolean;
  onOpenFiles: React.Dispatch<FileList | null>;
  onSample: React.Dispatch<Sample>;
  onExport: () => void;
}

export function PreviewHeader({ t, language, onLanguage, busy, canExport, ...actions }: PreviewHeaderProps) {
  const styles = useStyles();
  const fileInput = React.useRef<HTMLInputElement>(null);
  return (
    <header className={styles.header}>
      <Text as="h1" size={400} className={styles.title}>
        {t.title}
      </Text>
      <Toolbar aria-label={t.toolbar} size="small" className={styles.toolbar}>
        <ToolbarButton appearance="primary" onClick={() => fileInput.current?.click()} disabled={busy}>
          {t.openFile}
        </ToolbarButton>
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <ToolbarButton disabled={busy}>{t.sample} ▾</ToolbarButton>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              {SAMPLES.map((sample) => (
                <MenuItem key={sample.id} onClick={() => actions.onSample(sample)}>
                  {t.samples[sample.id]}
                </MenuItem>
              ))}
            </MenuList>
          </MenuPopover>
        </Menu>
        <ToolbarButton onClick={actions.onExport} disabled={!canExport || busy}>
          {t.export}
        </ToolbarButton>
      </Toolbar>
      {/* The options name the languages; the accessible name says what the choice covers. */}
      <Select
        className={styles.language}
        size="small"
        aria-label={t.language}
        value={language}
        onChange={(_, data) => onLanguage(data.value as Language)}
      >
        <option value="nl" lang="nl">
          {t.dutch}
        </option>
        <option value="en" lang="en">
          {t.english}
        </option>
      </Select>
      <input
        ref={fileInput}
        type="file"
        accept=".xlsx,.xlsm,.csv,.tsv,.txt"
        aria-label={t.openFileLabel}
        className={styles.hidden}
        onChange={(event) => {
          actions.onOpenFiles(event.currentTarget.files);
          event.currentTarget.value = "";
        }}
      />
    </header>
  );
}
