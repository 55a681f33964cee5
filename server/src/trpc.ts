import { initTRPC } from '@trpc/server';
import { z, ZodError } from 'zod';
import type { Context } from './context.ts';

/** The first zod issue as "field: message", the way a form shows it. */
function firstIssueMessage(error: ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'Input tidak valid';
  const field = issue.path.join('.');
  return field ? `${field}: ${issue.message}` : issue.message;
}

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const zodError = error.cause instanceof ZodError ? error.cause : null;
    return {
      ...shape,
      message: zodError ? firstIssueMessage(zodError) : shape.message,
      data: { ...shape.data, zodError: zodError ? z.flattenError(zodError) : null },
    };
  },
});

export const router = t.router;
export const publicProcedure = t.procedure;
export const createCallerFactory = t.createCallerFactory;
