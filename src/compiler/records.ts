// Records: several values a function hands back at once (`{ value: v, p: p }`, read as `r.p`). Functions are
// inlined, so a record exists only while checking: its fields are ordinary IR nodes. The checker passes values
// around as node ids; a record's id is negative (below the error marker -1) and indexes this store.
export class Records {
  private list: Map<string, number>[] = [];

  add(fields: Map<string, number>): number {
    this.list.push(fields);
    return -2 - (this.list.length - 1);
  }

  has(v: number): boolean {
    return v <= -2;
  }

  get(v: number, field: string): number | undefined {
    return this.list[-2 - v]!.get(field);
  }

  fields(v: number): string[] {
    return [...this.list[-2 - v]!.keys()];
  }
}
