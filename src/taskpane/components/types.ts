import type { Notice } from "../state/sheetWriter";

export interface NoticesProps {
  readonly notices: readonly Notice[];
  readonly onDismiss: (id: number) => void;
}
