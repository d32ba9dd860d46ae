import { useId, type ReactNode } from 'react';
import { joinClassNames } from '../class-names';

interface CardProps {
  title?: string;
  description?: string;
  children: ReactNode;
  className?: string;
}

/** A bordered section of a page; with a title it is a region labelled by its heading. */
export function Card({ title, description, children, className }: CardProps) {
  const headingId = useId();
  return (
    <section
      aria-labelledby={title === undefined ? undefined : headingId}
      className={joinClassNames('rounded-card border border-border bg-raised p-5 shadow-card', className)}
    >
      {title !== undefined && (
        <h2 id={headingId} className="text-md font-semibold">
          {title}
        </h2>
      )}
      {description !== undefined && <p className="mt-1 text-sm text-fg-muted">{description}</p>}
      <div className={title === undefined ? undefined : 'mt-4'}>{children}</div>
    </section>
  );
}
