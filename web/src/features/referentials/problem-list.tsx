import { Alert, Anchor, List, Text } from "@mantine/core";
import { useT } from "../../lib/i18n/index.tsx";

export interface ProblemEntry {
  /** Where the problem is, for the reader: "Bloc B1 › Capacité C2 › Code". */
  location: string;
  message: string;
  /** The element to bring into view (an input, an item of the tree); none for a whole file. */
  targetId?: string;
}

/** Scrolls to the element and gives it the focus, so keyboard and screen-reader users land there too. */
export function goToElement(id: string) {
  const element = document.getElementById(id);
  if (!element) return;
  element.scrollIntoView({ behavior: "smooth", block: "center" });
  element.focus({ preventScroll: true });
}

interface ProblemListProps {
  title: string;
  intro?: string;
  problems: ProblemEntry[];
}

/** Every problem found (by the server or before sending), each linked to the place to fix. */
export function ProblemList({ title, intro, problems }: ProblemListProps) {
  const t = useT();
  if (problems.length === 0) return null;
  return (
    <Alert color="danger" variant="light" title={title} role="alert">
      {intro && <Text mb="xs">{intro}</Text>}
      <List spacing={4}>
        {problems.map((problem) => (
          <List.Item key={`${problem.location}:${problem.message}`}>
            {problem.targetId ? (
              <Anchor
                href={`#${problem.targetId}`}
                onClick={(event) => {
                  event.preventDefault();
                  goToElement(problem.targetId!);
                }}
              >
                {problem.location}
              </Anchor>
            ) : (
              <Text span fw={600}>
                {problem.location}
              </Text>
            )}
            {t("common.colon")}
            {problem.message}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
