import { useState } from 'react';
import { buildInputs, parseJsonObject, textsOfInputs, type BuiltInputs, type InputField, type ParsedObject } from '../logic/input-form';
import type { InputMode } from './InputModeSwitch';

export interface InputsEditor {
  mode: InputMode;
  switchMode: (mode: InputMode) => void;
  texts: Record<string, string>;
  setTexts: (texts: Record<string, string>) => void;
  json: string;
  setJson: (json: string) => void;
  form: BuiltInputs;
  parsedJson: ParsedObject;
  /** The inputs to send, or null while the form or the JSON has errors. */
  inputs: Record<string, unknown> | null;
}

/** The inputs of one evaluation, as typed fields or as JSON; switching carries the values over. */
export function useInputsEditor(fields: readonly InputField[]): InputsEditor {
  // Until the user picks, the form when there are fields (a DMN model's arrive once it is read).
  const [chosenMode, setMode] = useState<InputMode | null>(null);
  const mode: InputMode = fields.length === 0 ? 'json' : chosenMode ?? 'form';
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [json, setJson] = useState('{\n}');
  const form = buildInputs(fields, texts);
  const parsedJson = parseJsonObject(json);
  const switchMode = (next: InputMode) => {
    if (next === 'json') setJson(JSON.stringify(form.inputs, null, 2));
    else if (parsedJson.ok) setTexts(textsOfInputs(fields, parsedJson.value));
    setMode(next);
  };
  const formInputs = Object.keys(form.errors).length === 0 ? form.inputs : null;
  const jsonInputs = parsedJson.ok ? parsedJson.value : null;
  return { mode, switchMode, texts, setTexts, json, setJson, form, parsedJson, inputs: mode === 'form' ? formInputs : jsonInputs };
}
