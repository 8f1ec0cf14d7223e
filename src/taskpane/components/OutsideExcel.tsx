import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { ru } from "../../core/i18n/ru";

export function OutsideExcel({ officeMissing }: { officeMissing: boolean }) {
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{ru.taskpane.outsideTitle}</MessageBarTitle>
        <p>{ru.taskpane.outsideBody}</p>
        {officeMissing && <p>{ru.taskpane.outsideNoOffice}</p>}
      </MessageBarBody>
    </MessageBar>
  );
}
