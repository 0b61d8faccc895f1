import type { WorkbookPort } from "../../workbook/port";
import { readMdiTable, type MdiTable } from "../allocation/mdiTable";
import { CONFIG_SETTING, RESULTS_TABLE_SETTING, isStoredConfig, type MdiConfig } from "../model/config";
import type { SheetActions } from "./sheetWriter";
import { TREND_SETTING, isTrendSettings, type TrendSettings } from "../trend/trendSettings";
import { MAP_SETTING, isMapSettings, type MapSettings } from "../map/mapSettings";

/**
 * What the panels may do with the workbook, made from the port by the task
 * pane and handed to them as props (as Microsoft's add-in templates hand a
 * component `insertText`): the panels never hold the port itself.
 */
export interface WorkbookActions {
  /** The MDI results table; null when the MDI was not computed yet. */
  readonly readMdiTable: () => Promise<MdiTable | null>;
  /** The configuration "Compute" stored in the workbook; null when there is none. */
  readonly readStoredConfig: () => Promise<MdiConfig | null>;
  /** The trend step's settings stored in the workbook (earlier table, indicator matches); null when none. */
  readonly loadTrendSettings: () => Promise<TrendSettings | null>;
  readonly saveTrendSettings: (settings: TrendSettings) => Promise<void>;
  /** The map step's settings stored in the workbook (boundaries, what is shown); null when none. */
  readonly loadMapSettings: () => Promise<MapSettings | null>;
  readonly saveMapSettings: (settings: MapSettings) => Promise<void>;
  /** Places a picture (the map) on a sheet the add-in wrote, keeping the sheet the add-in's own. */
  readonly placePicture: WorkbookPort["placePicture"];
  /** Reads an Excel table of the workbook (the trend step's earlier period). */
  readonly readTable: WorkbookPort["readTable"];
  /** Asking a sheet's state and writing sheets, for the sheet writer. */
  readonly sheets: SheetActions;
}

/**
 * The configuration stored in the workbook by "Compute", or null when the workbook holds none (or
 * something that is not one).
 * @throws whatever the port throws reading the setting
 */
export async function readStoredConfig(port: WorkbookPort): Promise<MdiConfig | null> {
  const saved = await port.loadSetting<unknown>(CONFIG_SETTING);
  return isStoredConfig(saved) ? saved : null;
}

export function workbookActions(port: WorkbookPort): WorkbookActions {
  return {
    // The table the last Compute wrote: "MDI_Resultaten", or "MDI_Resultaten_2" when it went to "MDI (2)".
    readMdiTable: async () => {
      const table = await port.loadSetting<unknown>(RESULTS_TABLE_SETTING);
      return readMdiTable(port, typeof table === "string" && table ? table : undefined);
    },
    readStoredConfig: () => readStoredConfig(port),
    readTable: (name) => port.readTable(name),
    loadTrendSettings: async () => {
      const saved = await port.loadSetting<unknown>(TREND_SETTING);
      return isTrendSettings(saved) ? saved : null;
    },
    saveTrendSettings: (settings) => port.saveSetting(TREND_SETTING, settings),
    loadMapSettings: async () => {
      const saved = await port.loadSetting<unknown>(MAP_SETTING);
      return isMapSettings(saved) ? saved : null;
    },
    saveMapSettings: (settings) => port.saveSetting(MAP_SETTING, settings),
    placePicture: (sheet, picture) => port.placePicture(sheet, picture),
    sheets: {
      checkSheet: (name) => port.checkSheet(name),
      listSheets: () => port.listSheets(),
      writeSheets: (sheets) => port.writeSheets(sheets),
    },
  };
}
