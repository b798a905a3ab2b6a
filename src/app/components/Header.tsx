import { memo } from "react";
import { useTranslation } from "react-i18next";
import { useStoreConfig } from "../store/context";
import { LanguageLinks } from "./LanguageLinks";
import { LanguageSelect } from "./LanguageSelect";
import { QuickExitButton } from "./QuickExitButton";

/**
 * Memoised: its parts subscribe to the store themselves, so moving to the next step does not
 * re-render it (on a throttled phone every render counts; npm run bench).
 */
export const Header = memo(function Header() {
  const { t } = useTranslation("common");
  const onCountryPage = useStoreConfig().landing !== null;
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <p className="site-header__name">{t("appName")}</p>
        {onCountryPage ? <LanguageLinks /> : <LanguageSelect />}
        <QuickExitButton />
      </div>
    </header>
  );
});
