/**
 * The workbook's document settings (Office.context.document.settings): the
 * pane's configuration and the signatures of the sheets the add-in wrote.
 */

export function documentSettings(): Office.Settings {
  return Office.context.document.settings;
}

/** Saves the settings into the document; rejects with Office's message when that fails. */
export function saveSettings(): Promise<void> {
  return new Promise((resolve, reject) => {
    documentSettings().saveAsync((result) => {
      if (String(result.status) === "failed")
        reject(new Error(result.error?.message ?? "The settings were not saved."));
      else resolve();
    });
  });
}

export async function loadSetting<T>(key: string): Promise<T | undefined> {
  const value = documentSettings().get(key) as T | null | undefined;
  return value === null || value === undefined ? undefined : value;
}

export async function saveSetting(key: string, value: unknown): Promise<void> {
  if (value === undefined) documentSettings().remove(key);
  else documentSettings().set(key, value);
  await saveSettings();
}
