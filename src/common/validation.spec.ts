import { describe, expect, it } from '@jest/globals';
import { IsString, MaxLength } from 'class-validator';
import { AppError } from './app-error.js';
import { Optional } from './dto-helpers.js';
import { validated } from './validation.js';

class RenameDto {
  @Optional()
  @IsString()
  @MaxLength(20)
  name?: string;
}

describe('the validation pipe', () => {
  it('refuses a key that Object.prototype has, even where every field is optional', async () => {
    for (const key of ['valueOf', 'toString', 'hasOwnProperty', '__proto__']) {
      await expect(validated(RenameDto, JSON.parse(`{"${key}": {}}`))).rejects.toMatchObject({
        extra: { details: [expect.objectContaining({ field: key })] },
      });
    }
    await expect(validated(RenameDto, { name: 'Sở Nội vụ' })).resolves.toMatchObject({ name: 'Sở Nội vụ' });
  });

  it('says only "required" of a missing field, in each language apart', async () => {
    class NamedDto {
      @IsString()
      @MaxLength(20)
      name!: string;
    }
    await expect(validated(NamedDto, {})).rejects.toMatchObject({
      extra: { details: [{ field: 'name', message: 'bắt buộc nhập', messageEn: 'required' }] },
    });
  });
});

describe('rule and field messages', () => {
  it('answer a message written in both languages as one field each', () => {
    const error = AppError.rules([
      { rule: 'unit.parent', message: 'Đơn vị cấp trên không tồn tại / parent unit does not exist' },
    ]);
    expect(error.extra.violations).toEqual([
      { rule: 'unit.parent', message: 'Đơn vị cấp trên không tồn tại', messageEn: 'parent unit does not exist' },
    ]);
  });
});
