import type * as React from "react";
import type { DataAnalysis } from "../../model/analyze";
import type { MdiConfig } from "../../model/config";
import type { Problem } from "../../model/validate";
import type { PaneAction } from "../../state/paneReducer";
import type { ReplaceQuestion } from "../../state/sheetWriter";

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

/** The sheet writer's question (`writer.replaceDialog`). */
export type ReplaceDialogProps = ReplaceQuestion;
