import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { CatToolsDocument } from '../../clients/partner-aliases/partnerAliases.generated';
import type { CatTool } from '../../gql/graphql';

export interface CatToolOptions {
  options: { value: CatTool; label: string }[];
  /** The API's name of a tool ("XTM Cloud"); the code until the names are loaded. */
  labelOf: (tool: CatTool) => string;
}

/** The CAT tools as the API names them, for the project's CAT tool field and summary. */
export function useCatToolOptions(): CatToolOptions {
  const { data } = useQuery(CatToolsDocument);
  return useMemo(() => {
    const options = (data?.catTools ?? []).map((info) => ({ value: info.tool, label: info.label }));
    return { options, labelOf: (tool: CatTool) => options.find((option) => option.value === tool)?.label ?? tool };
  }, [data]);
}
