/**
 * Entry of the self-contained functions bundle (dist/functions.js). Importing
 * the registry imports every file with @customfunction declarations; the
 * metadata plugin appends their CustomFunctions.associate calls.
 */
import "./registry";
