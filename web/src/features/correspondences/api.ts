import { useQuery } from "@tanstack/react-query";
import { api } from "../../lib/api.ts";
import type { Correspondence } from "./types.ts";

/** Every correspondence recorded (public: acts of the bodies). */
export function useCorrespondences() {
  return useQuery({
    queryKey: ["correspondences"],
    queryFn: async () => (await api.get<{ items: Correspondence[] }>("/api/correspondences")).items,
  });
}
