/**
 * Test data for the task pane: a small sheet with headers as CBS publishes
 * them (Kerncijfers wijken en buurten), and a MemoryWorkbook holding it.
 */
import { MemoryWorkbook } from "../../src/preview/memory/memoryWorkbook";
import type { CellInput } from "../../src/workbook/port";

export const CBS_HEADERS = [
  "Buurt",
  "Wijk",
  "Aantal inwoners",
  "Huishoudens met een laag inkomen (%)",
  "Personen met bijstand per 1000 inwoners",
  "Netto arbeidsparticipatie (%)",
  "Gemiddelde WOZ-waarde van woningen (x 1000 euro)",
  "Afstand tot huisartsenpraktijk (km)",
  "SES-WOA score",
];

/**
 * Twelve buurten in three wijken. Values are made up but shaped like the real ones; one buurt
 * has a suppressed (blank) participation figure.
 */
export const CBS_ROWS: CellInput[][] = [
  ["Kop Zeedijk", "Burgwallen-Oude Zijde", 1040, 9, 20, 66, 345, 0.4, 0.045],
  ["Oude Kerk e.o.", "Burgwallen-Oude Zijde", 790, 11, 25, 64, 360, 0.3, -0.11],
  ["Nieuwmarkt", "Burgwallen-Oude Zijde", 1350, 8, 14, 71, 420, 0.5, 0.21],
  ["Hemonybuurt", "Grachtengordel-Zuid", 2100, 5, 8, 75, 610, 0.6, 0.55],
  ["Weteringbuurt", "Grachtengordel-Zuid", 1780, 6, 9, "", 590, 0.7, 0.49],
  ["Den Texbuurt", "Grachtengordel-Zuid", 2500, 7, 12, 73, 530, 0.5, 0.31],
  ["Kolenkitbuurt", "Bos en Lommer", 3310, 21, 88, 52, 180, 0.9, -0.62],
  ["Landlust", "Bos en Lommer", 4270, 14, 41, 61, 230, 0.7, -0.2],
  ["Erasmusparkbuurt", "Bos en Lommer", 3890, 17, 57, 57, 205, 1.1, -0.41],
  ["Robert Scottbuurt", "Slotermeer", 2950, 19, 70, 55, 190, 1.3, -0.55],
  ["Slotermeer Noord", "Slotermeer", 5120, 16, 49, 59, 215, 1.0, -0.33],
  ["Sloterhof", "Slotermeer", 4400, 13, 38, 63, 250, 0.8, -0.05],
];

/** A workbook with the sample on sheet "Buurten", selected A1:I13. */
export function sampleWorkbook(): MemoryWorkbook {
  const workbook = new MemoryWorkbook();
  workbook.addSheet("Buurten", [CBS_HEADERS, ...CBS_ROWS]);
  workbook.select("Buurten", "A1:I13");
  return workbook;
}
