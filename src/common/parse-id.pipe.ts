import { Injectable, PipeTransform } from '@nestjs/common';
import { AppError } from './app-error.js';

/** Ids are positive integers; anything else names no record, so it answers 404 like an unknown id. */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    const id = /^[1-9][0-9]{0,14}$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(id)) throw AppError.notFound('bản ghi', 'Record');
    return id;
  }
}
