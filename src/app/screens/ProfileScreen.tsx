import { useTranslation } from "react-i18next";
import { SEX_VALUES, type Sex } from "../../engine";
import { useApp, useAppStore } from "../store/context";
import { QuestionForm } from "../components/QuestionForm";

// Literal keys (not `string`), so the typecheck can see that each one exists.
const LABEL_KEYS = { female: "profile.female", male: "profile.male", other: "profile.other", "not-given": "profile.notGiven" } as const satisfies Record<Sex, string>;
const isSex = (value: string): value is Sex => (SEX_VALUES as readonly string[]).includes(value);

/** Asked after the questions, only when the check's cut-offs use it; says why in one sentence. */
export function ProfileScreen() {
  const { t } = useTranslation("wizard");
  const store = useAppStore();
  const sex = useApp((state) => state.profile.sex ?? null);
  const pendingChoice = useApp((state) => state.pendingChoice);
  const pendingError = useApp((state) => state.pendingError);
  return (
    <QuestionForm
      name="sex"
      caption={t("profile.captionLast")}
      legend={t("profile.legend")}
      hint={<p>{t("profile.why")}</p>}
      options={SEX_VALUES.map((value) => ({ id: value, label: t(LABEL_KEYS[value]) }))}
      initial={sex ?? pendingChoice}
      initialError={pendingError}
      submitLabel={() => t("nav.seeResult")}
      onSubmit={(value) => {
        if (isSex(value)) store.getState().submitProfile(value);
      }}
      onBack={() => store.getState().back()}
    />
  );
}
