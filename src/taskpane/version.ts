import packageJson from "../../package.json";

/** The add-in's version, stated in the Methode block so a workbook says what computed it. */
export const APP_VERSION: string = packageJson.version;
