import { useTranslation } from "react-i18next";
import { useApp, useAppStore } from "../store/context";
import { questionView } from "../store/views";
import { asksSex, isLastQuestion, stepBack } from "../../wizard/flow";
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
  const landing = useApp((state) => state.landing);
  const choseCheck = useApp((state) => state.choseCheck);
  const pendingChoice = useApp((state) => state.pendingChoice);
  const pendingError = useApp((state) => state.pendingError);
  const text = useApp((state) => (state.definition === null ? undefined : state.texts[textKey(state.language, state.definition.id)]));
  if (definition === null) return null;
  const view = questionView(definition, answers, itemId);
  if (view === null) return null;
  if (text?.state !== "ready") return <TextUnavailable language={languageName(language, language)} onBack={() => store.getState().back()} />;

  const itemText = text.text.items[itemId];
  const draft = text.text.provenance.status === "draft";
  // Question 1 of the page a person landed on: the promise and the way to another check, no Back.
  const landingFirst = landing !== null && !choseCheck && view.position === 1;
  const hasBack = stepBack(definition, answers, { kind: "question", itemId }) !== null || !landingFirst;
  return (
    <QuestionForm
      key={itemId}
      name={itemId}
      caption={t("question.progress", { position: view.position, total: view.total })}
      legend={itemText?.text ?? itemId}
      before={
        <>
          {landingFirst && (
            <>
              <p className="privacy-promise">{t("start.privacy")}</p>
              <p className="change-check">
                <button type="button" id="change-check" className="button--link" onClick={() => store.getState().openCheckChoice()}>
                  {t("question.changeCheck")}
                </button>
              </p>
            </>
          )}
          {view.position === 1 && <p className="intro">{text.text.intro}</p>}
          {draft && <p className="notice">{t("question.draft")}</p>}
        </>
      }
      options={view.item.options.map((option) => ({ id: option.id, label: itemText?.options[option.id] ?? option.id }))}
      initial={answers[itemId] ?? pendingChoice}
      initialError={pendingError}
      submitLabel={(selected) => (isLastQuestion(definition, answers, itemId, selected) && !asksSex(definition) ? t("nav.seeResult") : t("nav.next"))}
      onSubmit={(optionId) => store.getState().submitAnswer(itemId, optionId)}
      onBack={hasBack ? () => store.getState().back() : undefined}
    />
  );
}
