import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { paneShell } from "../../core/base/i18n/paneShell";

export function OutsideExcel({ officeMissing }: { officeMissing: boolean }) {
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{paneShell.outsideTitle}</MessageBarTitle>
        <p>{paneShell.outsideBody}</p>
        {officeMissing && <p>{paneShell.outsideNoOffice}</p>}
      </MessageBarBody>
    </MessageBar>
  );
}
