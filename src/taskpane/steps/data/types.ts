import type * as React from "react";
import type { TableInfo } from "../../../workbook/port";
import type { PaneAction, PaneState } from "../../state/paneReducer";

export interface DataStepProps {
  readonly state: PaneState;
  readonly tables: readonly TableInfo[];
  readonly reading: boolean;
  readonly onReadSelection: () => void;
  readonly onReadTable: (name: string) => void;
  readonly dispatch: React.Dispatch<PaneAction>;
}
