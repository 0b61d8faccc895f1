/**
 * Hands bytes to the browser as a file download (an object URL on a temporary link): nothing
 * leaves the computer.
 */
export function downloadBytes(bytes: Uint8Array, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Released later, not at once: the browser may still be reading the bytes for the download.
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * The export's file name: the opened file's name with "-mdi" before .xlsx.
 * @example exportFileName("buurten.csv") // "buurten-mdi.xlsx"
 */
export function exportFileName(openedName: string): string {
  const base = openedName.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "") || "werkmap";
  return `${base.replace(/-mdi$/, "")}-mdi.xlsx`;
}
