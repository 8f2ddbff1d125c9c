#include "compare/dependency_order.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/strong_components.hpp>
#include <queue>

namespace schemadelta::compare {

OrderResult dependency_order(const std::vector<model::ObjectId>& nodes, const Dependencies& dependencies) {
  return dependency_order(nodes, [&dependencies](const model::ObjectId& id, const std::function<void(const model::ObjectId&)>& depends_on) {
    auto it = dependencies.find(id);
    if (it == dependencies.end()) return;
    for (const auto& target : it->second) depends_on(target);
  });
}

OrderResult dependency_order(const std::vector<model::ObjectId>& nodes, const DependencyVisitor& dependencies) {
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
  std::vector<model::ObjectId> sorted = nodes;
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  std::map<model::ObjectId, size_t> index;
  for (size_t i = 0; i < sorted.size(); ++i) index.emplace_hint(index.end(), sorted[i], i);

  // Edge dependency -> dependent: the dependency must come first. Each node's edges go in once
  // each, in id order (positions in `sorted` are id order), whatever order they were named in.
  Graph graph(sorted.size());
  std::vector<size_t> firsts;
  for (size_t i = 0; i < sorted.size(); ++i) {
    firsts.clear();
    dependencies(sorted[i], [&](const model::ObjectId& target) {
      auto t = index.find(target);
      if (t != index.end() && t->second != i) firsts.push_back(t->second);
    });
    std::sort(firsts.begin(), firsts.end());
    firsts.erase(std::unique(firsts.begin(), firsts.end()), firsts.end());
    for (size_t first : firsts) boost::add_edge(first, i, graph);
  }

  // Kahn's algorithm with a min-heap on the position in ObjectId order: deterministic.
  std::vector<size_t> in_degree(sorted.size(), 0);
  for (size_t v = 0; v < sorted.size(); ++v) in_degree[v] = boost::in_degree(v, graph);
  std::priority_queue<size_t, std::vector<size_t>, std::greater<>> ready;
  for (size_t v = 0; v < sorted.size(); ++v) {
    if (in_degree[v] == 0) ready.push(v);
  }
  OrderResult result;
  std::vector<bool> placed(sorted.size(), false);
  while (!ready.empty()) {
    size_t v = ready.top();
    ready.pop();
    placed[v] = true;
    result.order.push_back(sorted[v]);
    for (auto [e, end] = boost::out_edges(v, graph); e != end; ++e) {
      size_t w = boost::target(*e, graph);
      if (--in_degree[w] == 0) ready.push(w);
    }
  }
  if (result.order.size() == sorted.size()) return result;

  // What is left sits on or behind a cycle: name the cycles (strong components of size > 1).
  std::vector<int> component(sorted.size());
  int count = boost::strong_components(graph, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, graph)));
  std::vector<std::vector<model::ObjectId>> groups(static_cast<size_t>(count));
  for (size_t v = 0; v < sorted.size(); ++v) {
    if (!placed[v]) groups[static_cast<size_t>(component[v])].push_back(sorted[v]);
  }
  for (auto& group : groups) {
    if (group.size() > 1) result.cycles.push_back(group);
  }
  for (size_t v = 0; v < sorted.size(); ++v) {
    if (!placed[v]) result.order.push_back(sorted[v]);
  }
  return result;
}

}  // namespace schemadelta::compare
