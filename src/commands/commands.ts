/*
 * The ribbon's only button opens the task pane (ShowTaskpane in manifest.xml), which needs no code.
 * The commands page must still exist and initialise Office for Excel to accept the add-in.
 */
Office.onReady(() => undefined);
