import { Title, type TitleProps } from '@mantine/core';
import { usePageHeading, usePageTitle } from './usePageTitle';

/** A page's one `<h1>`: it names the tab too, and takes focus after a page change. */
export function PageTitle({ children, ...props }: Omit<TitleProps, 'order' | 'children'> & { children: string }) {
  usePageTitle(children);
  const heading = usePageHeading<HTMLHeadingElement>();
  return (
    <Title order={1} size="h2" {...props} {...heading} id={props.id ?? heading.id}>
      {children}
    </Title>
  );
}
