import { useTranslation } from "react-i18next";
import { useApp, useAppStore } from "../store/context";
import { questionScreen } from "../../wizard/screen";
import { selectLandedHere } from "../store/selectors";
import { textKey } from "../store/state";
import { languageName } from "../i18n/language-names";
import { QuestionForm } from "../components/QuestionForm";
import { TextUnavailable } from "../components/TextUnavailable";

export function QuestionScreen({ itemId }: { itemId: string }) {
  const { t } = useTranslation("wizard");
  const store = useAppStore();
  const definition = useApp((state) => state.definition);
  const answers = useApp((state) => state.answers);
  const language = useApp((state) => state.language);
  const landedHere = useApp(selectLandedHere(store.config));
  const pendingChoice = useApp((state) => state.pendingChoice);
  const pendingError = useApp((state) => state.pendingError);
  const text = useApp((state) => (state.definition === null ? undefined : state.texts[textKey(state.language, state.definition.id)]));
  if (definition === null) return null;
  const item = definition.items.find((candidate) => candidate.id === itemId);
  const screen = questionScreen(definition, answers, itemId, { landedHere });
  if (item === undefined || screen === null) return null;
  if (text?.state !== "ready") return <TextUnavailable language={languageName(language, language)} onBack={() => store.getState().back()} />;

  const itemText = text.text.items[itemId];
  const draft = text.text.provenance.status === "draft";
  return (
    <QuestionForm
      key={itemId}
      name={itemId}
      caption={t("question.progress", { position: screen.position, total: screen.total })}
      progress={screen.progress}
      legend={itemText?.text ?? itemId}
      before={
        <>
          {screen.showsLandingParts && (
            <>
              <p className="privacy-promise">{t("start.privacy")}</p>
              <p className="change-check">
                <button type="button" id="change-check" className="button--link" onClick={() => store.getState().openCheckChoice()}>
                  {t("question.changeCheck")}
                </button>
              </p>
            </>
          )}
          {screen.showsIntro && <p className="intro">{text.text.intro}</p>}
          {draft && <p className="notice">{t("question.draft")}</p>}
        </>
      }
      options={item.options.map((option) => ({ id: option.id, label: itemText?.options[option.id] ?? option.id }))}
      initial={answers[itemId] ?? pendingChoice}
      initialError={pendingError}
      submitLabel={(selected) => (screen.submitFor(selected) === "see-result" ? t("nav.seeResult") : t("nav.next"))}
      onSubmit={(optionId) => store.getState().submitAnswer(itemId, optionId)}
      onBack={screen.hasBack ? () => store.getState().back() : undefined}
    />
  );
}
