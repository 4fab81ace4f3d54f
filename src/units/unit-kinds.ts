/** The kinds of unit in the organisation tree (đơn vị): the province, its departments, districts and communes, and others. */
export const UNIT_KINDS = ['province', 'department', 'district', 'commune', 'agency', 'enterprise', 'other'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
