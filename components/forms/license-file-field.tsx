import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { FileField } from './file-field';

/**
 * A license or authorization file picked into a react-hook-form field: the form keeps the File (not
 * the input's value), and picking another file calls `onPick` first so a stale answer about the
 * previous file disappears. `resetKey` changes to empty the input (a file input cannot be set).
 */
export function LicenseFileField<Values extends FieldValues>({
  control,
  name,
  accept,
  hint,
  disabled,
  resetKey,
  onPick,
}: {
  control: Control<Values>;
  name: FieldPath<Values>;
  accept: string;
  hint: string;
  disabled: boolean;
  resetKey: number;
  onPick: () => void;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <FileField
          key={resetKey}
          name={field.name}
          label="License file"
          accept={accept}
          hint={hint}
          inputRef={field.ref}
          error={fieldState.error?.message}
          disabled={disabled}
          onBlur={field.onBlur}
          onChange={(event) => {
            onPick();
            field.onChange(event.target.files?.[0]);
          }}
        />
      )}
    />
  );
}
