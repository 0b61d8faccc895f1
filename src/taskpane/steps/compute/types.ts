import type * as React from "react";
import type { DataAnalysis } from "../../model/analyze";
import type { MdiConfig } from "../../model/config";
import type { Problem } from "../../model/validate";
import type { PaneAction } from "../../state/paneReducer";
import type { PendingReplace } from "../../state/usePane";

export interface ComputeStepProps {
  readonly config: MdiConfig;
  readonly analysis: DataAnalysis;
  /** Area labels in row order (for the profile chart). */
  readonly areas: readonly string[];
  readonly problems: readonly Problem[];
  readonly busy: boolean;
  readonly onCompute: () => void;
  readonly dispatch: React.Dispatch<PaneAction>;
}

export interface AreaPickerProps {
  readonly areas: readonly string[];
  /** The chosen area; null = the most deprived. */
  readonly value: string | null;
  readonly onChange: (area: string | null) => void;
}

export interface ReplaceDialogProps {
  readonly pending: PendingReplace | null;
  readonly onReplace: () => void;
  readonly onCancel: () => void;
}
