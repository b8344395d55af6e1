import type { RouteDef } from '../routes/route.js';
import { STAFF_ROLES, type StaffRole } from './roles.js';

/** A staff API route: the shared RouteDef contract plus the roles allowed (null = public, e.g. sign-in). */
export interface StaffRouteDef {
  roles: readonly StaffRole[] | null;
  def: RouteDef;
}

export const ALL_STAFF: readonly StaffRole[] = STAFF_ROLES;
export const ADMIN: readonly StaffRole[] = ['admin'];
export const COUNTER: readonly StaffRole[] = ['counter', 'admin'];
export const WORKSHOP: readonly StaffRole[] = ['workshop', 'admin'];

export const staff = (roles: readonly StaffRole[] | null, def: RouteDef): StaffRouteDef => ({ roles, def });

export const STAFF_PREFIX = '/api/v1/staff';
