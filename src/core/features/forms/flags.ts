/** The ШНОР / ШНСУ statuses forms consult: the same rules the workbook's layout follows. */
export {
  answersByFlags,
  flagTopic,
  flagsIn,
  readOrgStatuses,
  statusTopic,
  type FlagTopic,
  type OrgFlags,
  type OrgStatuses,
} from "../../workbook/statuses";
