import { Autocomplete, TextField } from '@mui/material';
import { useState } from 'react';
import { useInput, useTranslate } from 'react-admin';
import { splitTags, tags } from './partnerClients';

/**
 * Free tags (regions, departments): typed names become chips on Enter, a comma, a semicolon or
 * leaving the field; suggestions are offered, never imposed. The value is a list of strings.
 */
export const TagsInput = ({ source, label, helperText, suggestions = [] }: { source: string; label: string; helperText: string; suggestions?: readonly string[] }) => {
  const translate = useTranslate();
  const { field, fieldState, id } = useInput({ source, defaultValue: [] });
  const [text, setText] = useState('');
  const value: string[] = Array.isArray(field.value) ? field.value : [];
  const add = (typed: string[]) => field.onChange(tags([...value, ...typed]));
  const error = fieldState.error?.message;
  return (
    <Autocomplete
      multiple
      freeSolo
      id={id}
      options={[...suggestions]}
      value={value}
      inputValue={text}
      onChange={(_event, next) => field.onChange(tags(next))}
      onInputChange={(_event, next, reason) => {
        if (reason === 'input' && /[,;]/.test(next)) {
          const parts = next.split(/[,;]/);
          add(splitTags(parts.slice(0, -1).join(',')));
          setText(parts[parts.length - 1] ?? '');
        } else {
          setText(next);
        }
      }}
      onBlur={() => {
        if (text.trim()) add([text]);
        setText('');
        field.onBlur();
      }}
      sx={{ maxWidth: 600 }}
      renderInput={(params) => (
        <TextField
          {...params}
          name={field.name}
          inputRef={field.ref}
          label={translate(label)}
          error={Boolean(error)}
          helperText={error ? translate(error) : translate(helperText)}
          margin="dense"
        />
      )}
    />
  );
};
