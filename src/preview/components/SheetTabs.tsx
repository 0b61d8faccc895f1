/**
 * The sheet tabs under the grid, as in Excel: one tab per visible sheet, the sheets the task
 * pane writes appearing as new tabs.
 */
import * as React from "react";
import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    borderTop: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowX: "auto",
    flexShrink: 0,
  },
});

export interface SheetTabsProps {
  sheets: string[];
  active: string;
  onSelect: React.Dispatch<string>;
  label: string;
}

export function SheetTabs({ sheets, active, onSelect, label }: SheetTabsProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <TabList
        size="small"
        aria-label={label}
        selectedValue={active}
        onTabSelect={(_, data) => onSelect(String(data.value))}
      >
        {sheets.map((name) => (
          <Tab key={name} value={name}>
            {name}
          </Tab>
        ))}
      </TabList>
    </div>
  );
}
