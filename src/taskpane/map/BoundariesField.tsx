import * as React from "react";
import { Button, Dropdown, Field, Option, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../strings";
import { BUNDLED_BOUNDARIES, isBundledBoundary } from "./boundaryIds";
import type { Source } from "./useMapSource";
import type { BundledListener, FileListener } from "./types";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  hidden: { display: "none" },
});

const FILE_TYPES = ".geojson,.topojson,.json,application/geo+json,application/json";

/**
 * Which boundaries the map is drawn on: a built-in set from the list, or the user's own file through the
 * file picker (the list then names it).
 */
export function BoundariesField({
  source,
  onBundled,
  onFile,
}: {
  source: Source;
  onBundled: BundledListener;
  onFile: FileListener;
}) {
  const styles = useStyles();
  const t = useStrings().map;
  const fileInput = React.useRef<HTMLInputElement>(null);
  const chosen = source.kind === "bundled" ? source.id : source.kind === "file" ? "file" : "";
  return (
    <Field label={t.boundaries} hint={t.fileHint}>
      <div className={styles.row}>
        <Dropdown
          aria-label={t.boundaries}
          value={
            source.kind === "bundled" ? t.bundled[source.id] : source.kind === "file" ? t.ownFile(source.name) : ""
          }
          selectedOptions={chosen ? [chosen] : []}
          onOptionSelect={(_, d) => isBundledBoundary(d.optionValue) && onBundled(d.optionValue)}
        >
          {BUNDLED_BOUNDARIES.map((id) => (
            <Option key={id} value={id}>
              {t.bundled[id]}
            </Option>
          ))}
          {source.kind === "file" && <Option value="file">{t.ownFile(source.name)}</Option>}
        </Dropdown>
        <Button onClick={() => fileInput.current?.click()}>{t.openFile}</Button>
        <input
          ref={fileInput}
          className={styles.hidden}
          type="file"
          accept={FILE_TYPES}
          aria-label={t.openFile}
          data-testid="mdi-map-file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) onFile(file);
            event.target.value = "";
          }}
        />
      </div>
    </Field>
  );
}
