import * as React from "react";
import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useStrings, type Strings } from "../../strings";
import { MAX_NAMED_CHANGES } from "../../../workbook/footprint";
import type { SheetChange } from "../../../workbook/port";
import type { ReplaceDialogProps } from "./types";

/** What someone changed, in words: "cells A3", "chart “Grafiek 1”". */
function changeText(change: SheetChange, t: Strings["safety"]): string {
  return change.kind === "cells" ? t.cells(change.address) : t[change.kind](change.name);
}

/**
 * Asks before replacing a sheet that was changed since the add-in wrote it
 * (naming the first changes) or that the add-in did not make: replace it,
 * write to new sheets instead, or cancel (nothing is written).
 */
export function ReplaceDialog({ pending, onReplace, onNewSheets, onCancel }: ReplaceDialogProps) {
  const strings = useStrings();
  const t = strings.compute;
  const safety = strings.safety;
  const newNames = pending?.conflicts.map((c) => c.newName).join(", ") ?? "";
  return (
    <Dialog open={pending !== null} modalType="alert" onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.replaceTitle}</DialogTitle>
          <DialogContent>
            <Body1>{t.replaceIntro}</Body1>
            <ul>
              {pending?.conflicts.map((c) => (
                <li key={c.name}>
                  {c.state === "edited" ? t.edited(c.name) : t.foreign(c.name)}
                  {c.changes.length > 0 &&
                    ` ${safety.changesIntro} ${c.changes.map((x) => changeText(x, safety)).join(", ")}${
                      c.changes.length >= MAX_NAMED_CHANGES ? " …" : ""
                    }`}
                </li>
              ))}
            </ul>
            <Body1>{t.replaceQuestion}</Body1>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onReplace}>
              {t.replace}
            </Button>
            <Button onClick={onNewSheets}>{safety.newSheets(newNames)}</Button>
            <Button onClick={onCancel}>{t.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
