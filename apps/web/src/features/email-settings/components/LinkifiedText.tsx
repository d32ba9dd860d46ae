import { splitTextLinks } from './text-links';

/** Plain text with its http(s) links clickable (opened in a new tab, without referrer). */
export function LinkifiedText({ text }: { text: string }) {
  return (
    <>
      {splitTextLinks(text).map((segment, index) =>
        segment.kind === 'link' ? (
          <a key={index} href={segment.value} target="_blank" rel="noopener noreferrer" className="text-accent-fg underline break-all">
            {segment.value}
          </a>
        ) : (
          <span key={index}>{segment.value}</span>
        ),
      )}
    </>
  );
}
