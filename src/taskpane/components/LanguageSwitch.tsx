import * as React from "react";
import { Field, Option, Dropdown } from "@fluentui/react-components";
import type { Language } from "../../i18n/language";
import { useLanguage } from "../strings";

const LANGUAGES: readonly Language[] = ["nl", "en"];

/** Switches the pane between Dutch and English (it starts in Office's display language). */
export function LanguageSwitch() {
  const { language, strings, setLanguage } = useLanguage();
  return (
    <Field label={strings.app.language} orientation="horizontal" size="small">
      <Dropdown
        size="small"
        value={strings.app.languages[language]}
        selectedOptions={[language]}
        onOptionSelect={(_, data) => data.optionValue && setLanguage(data.optionValue as Language)}
      >
        {LANGUAGES.map((l) => (
          <Option key={l} value={l} lang={l}>
            {strings.app.languages[l]}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
