import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A public holiday (ngày nghỉ lễ, Tết) or a day off moved by the government, which working-day limits skip. */
@Entity('holidays')
export class Holiday {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 10, unique: true })
  date: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;
}
