import { useTranslation } from "react-i18next";
import { LanguageSelect } from "./LanguageSelect";
import { QuickExitButton } from "./QuickExitButton";

export function Header() {
  const { t } = useTranslation("common");
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <p className="site-header__name">{t("appName")}</p>
        <LanguageSelect />
        <QuickExitButton />
      </div>
    </header>
  );
}
