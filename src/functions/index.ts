/**
 * Entry of the self-contained functions bundle (dist/functions.js). Each
 * imported file declares its @customfunction functions; the metadata plugin
 * appends their CustomFunctions.associate calls.
 */
import "./score";
