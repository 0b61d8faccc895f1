import * as React from "react";
import { Combobox, Field, Option } from "@fluentui/react-components";
import { useStrings } from "../../strings";
import type { AreaPickerProps } from "./types";

/** Most options a list shows at once: 33,755 areas would make the list unusable; typing narrows it. */
const SHOWN = 50;
const MOST_DEPRIVED = "";

/** Chooses the area of the domain-profile chart, by typing part of its name; empty = the most deprived. */
export function AreaPicker({ areas, value, onChange }: AreaPickerProps) {
  const t = useStrings().compute;
  const [query, setQuery] = React.useState(value ?? "");
  React.useEffect(() => setQuery(value ?? ""), [value]);
  const needle = query.trim().toLowerCase();
  const matches = React.useMemo(() => {
    const found: string[] = [];
    const seen = new Set<string>();
    for (const area of areas) {
      if (found.length >= SHOWN) break;
      if (area && !seen.has(area) && (!needle || area.toLowerCase().includes(needle))) {
        seen.add(area);
        found.push(area);
      }
    }
    return found;
  }, [areas, needle]);
  const fallback = t.mostDeprived;
  return (
    <Field label={t.profileArea}>
      <Combobox
        freeform
        value={query}
        placeholder={fallback}
        selectedOptions={[value ?? MOST_DEPRIVED]}
        onChange={(event) => setQuery(event.target.value)}
        onOptionSelect={(_, d) => {
          const area = d.optionValue ? d.optionValue : null;
          setQuery(area ?? "");
          onChange(area);
        }}
      >
        <Option value={MOST_DEPRIVED} text={fallback}>
          {fallback}
        </Option>
        {matches.map((area) => (
          <Option key={area} value={area}>
            {area}
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}
