// "What waits" on the admin's home page (src/dashboard): each number links to where it is handled.
import { useEffect, useState } from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';

interface Group {
  title: string;
  items: { label: string; count: number; href: string }[];
}

export function WorkWaitingWidget() {
  const { get } = useFetchClient();
  const [groups, setGroups] = useState<Group[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    get('/admin/work-waiting')
      .then(({ data }) => setGroups((data as { data: Group[] }).data))
      .catch(() => setFailed(true));
  }, [get]);
  if (failed) return <Typography>What waits could not be read. Reload the page to try again.</Typography>;
  if (!groups) return <Typography>Reading what waits…</Typography>;
  return (
    <Flex direction="column" alignItems="stretch" gap={3} data-testid="work-waiting">
      {groups.map((group) => (
        <Box key={group.title}>
          <Typography tag="h3" variant="sigma">
            {group.title}
          </Typography>
          <ul>
            {group.items.map((item) => (
              <li key={item.label}>
                <Link to={item.href}>
                  <Typography fontWeight={item.count > 0 ? 'bold' : 'regular'}>{item.count}</Typography> <Typography>{item.label}</Typography>
                </Link>
              </li>
            ))}
          </ul>
        </Box>
      ))}
    </Flex>
  );
}
